"""Team members one works beside are no one the holder manages (probe 23F).

"Helps new team members during their first weeks" (Teleport's ladder) read as managing them:
any "team members" was people managed. Peers ("other", "fellow", "immediate" team members),
team members listed among the customers, managers or colleagues one works with, and new or
junior ones one helps, welcomes or onboards are the holder's own work; managing, supervising,
hiring or setting expectations for team members stays managed. The statements are written for
this test.
"""

from __future__ import annotations

from compkit.framework.text import scope


def test_helping_new_or_junior_team_members_is_no_management():
    got = scope(
        [
            "Helps new team members during their first weeks.",
            "Contributes to the onboarding of new team members.",
            "Unblocks junior team members and explains the context.",
            "Welcomes and guides new staff members through their first project.",
            "Supports and coaches more junior members of the team.",
        ]
    ).tolist()
    assert got == ["self"] * 5


def test_peers_and_people_worked_with_are_no_management():
    got = scope(
        [
            "Proactively supports other team members and helps them succeed.",
            "Collaborates with immediate team members to remove risks.",
            "Builds working relationships with clients, team members and management.",
            "Is courteous to all team members and fellow employees.",
        ]
    ).tolist()
    assert got == ["self", "self", "self", "self"]


def test_managing_team_members_stays_managed():
    got = scope(
        [
            "Manages new team members through their probation.",
            "Helps hire and manage new team members.",
            "Manages other team members and reviews their objectives.",
            "Sets clear expectations for team members.",
            "Employs robust methods for selecting team members for job roles.",
            "Supervises junior staff members day to day.",
        ]
    ).tolist()
    assert got == ["managed"] * 6

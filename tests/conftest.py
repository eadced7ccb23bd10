"""Shared fixtures: the bundled frameworks and the purpose-made test frameworks in tests/data."""

from pathlib import Path

import pytest

import compkit

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def cis():
    return compkit.load("cis")


@pytest.fixture(scope="session")
def wsx():
    return compkit.load("wsx")


@pytest.fixture(scope="session")
def clustered():
    return compkit.load(DATA / "clustered.yaml")


@pytest.fixture
def clustered_text():
    return (DATA / "clustered.yaml").read_text(encoding="utf-8")

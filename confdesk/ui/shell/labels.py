"""Words for stored values (categories, statuses, kinds) in the user's language.

The database stores short English codes; every screen shows them through these functions,
so a code is translated in exactly one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from confdesk.db.models import (
    Category,
    OrganizationKind,
    RegistrationStatus,
    SessionKind,
    SpeakerRole,
)


def category_labels() -> dict[str, str]:
    return {
        Category.PARTICIPANT.value: QCoreApplication.translate("Labels", "Participant"),
        Category.SPEAKER.value: QCoreApplication.translate("Labels", "Speaker"),
        Category.MODERATOR.value: QCoreApplication.translate("Labels", "Moderator"),
        Category.EXHIBITOR.value: QCoreApplication.translate("Labels", "Exhibitor"),
        Category.STAFF.value: QCoreApplication.translate("Labels", "Staff"),
        Category.PRESS.value: QCoreApplication.translate("Labels", "Press"),
        Category.GUEST.value: QCoreApplication.translate("Labels", "Guest"),
    }


def status_labels() -> dict[str, str]:
    return {
        RegistrationStatus.REGISTERED.value: QCoreApplication.translate("Labels", "Registered"),
        RegistrationStatus.WAITLISTED.value: QCoreApplication.translate("Labels", "Waiting list"),
        RegistrationStatus.CANCELLED.value: QCoreApplication.translate("Labels", "Cancelled"),
    }


def organization_kind_labels() -> dict[str, str]:
    return {
        OrganizationKind.MUNICIPALITY.value: QCoreApplication.translate("Labels", "Municipality"),
        OrganizationKind.DISTRICT.value: QCoreApplication.translate("Labels", "District"),
        OrganizationKind.STATE_AGENCY.value: QCoreApplication.translate("Labels", "State agency"),
        OrganizationKind.BUSINESS.value: QCoreApplication.translate("Labels", "Business"),
        OrganizationKind.RESEARCH.value: QCoreApplication.translate("Labels", "Research"),
        OrganizationKind.CIVIL_SOCIETY.value: QCoreApplication.translate("Labels", "Civil society"),
        OrganizationKind.PRESS.value: QCoreApplication.translate("Labels", "Press"),
        OrganizationKind.OTHER.value: QCoreApplication.translate("Labels", "Other"),
    }


def category_label(code: str) -> str:
    return category_labels().get(code, code)


def status_label(code: str) -> str:
    return status_labels().get(code, code)


def session_kind_labels() -> dict[str, str]:
    return {
        SessionKind.KEYNOTE.value: QCoreApplication.translate("Labels", "Keynote"),
        SessionKind.TALK.value: QCoreApplication.translate("Labels", "Talk"),
        SessionKind.WORKSHOP.value: QCoreApplication.translate("Labels", "Workshop"),
        SessionKind.PANEL.value: QCoreApplication.translate("Labels", "Panel"),
        SessionKind.SPEED_DATING.value: QCoreApplication.translate("Labels", "Speed dating"),
        SessionKind.MARKETPLACE.value: QCoreApplication.translate("Labels", "Marketplace"),
        SessionKind.EXCURSION.value: QCoreApplication.translate("Labels", "Excursion"),
        SessionKind.BREAK.value: QCoreApplication.translate("Labels", "Break"),
        SessionKind.GET_TOGETHER.value: QCoreApplication.translate("Labels", "Get-together"),
    }


def speaker_role_labels() -> dict[str, str]:
    return {
        SpeakerRole.SPEAKER.value: QCoreApplication.translate("Labels", "Speaker"),
        SpeakerRole.MODERATOR.value: QCoreApplication.translate("Labels", "Moderator"),
    }

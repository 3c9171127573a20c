from .access import OrganisationAccess
from .knowledge import ChecklistItem, MonitoringTool, ParticipationDomain, ParticipationVoice
from .organisation import OrganisationPage, ProgramIndexPage
from .programme import ProgramPage

__all__ = [
    "ChecklistItem",
    "MonitoringTool",
    "OrganisationAccess",
    "OrganisationPage",
    "ParticipationDomain",
    "ParticipationVoice",
    "ProgramIndexPage",
    "ProgramPage",
]

from .access import OrganisationAccess
from .goal_index import IndicatorRecord, MeasureRecord, MeasureTargetGroup
from .knowledge import ChecklistItem, MonitoringTool, ParticipationDomain, ParticipationVoice
from .organisation import OrganisationPage, ProgramIndexPage
from .programme import ProgramPage

__all__ = [
    "ChecklistItem",
    "IndicatorRecord",
    "MeasureRecord",
    "MeasureTargetGroup",
    "MonitoringTool",
    "OrganisationAccess",
    "OrganisationPage",
    "ParticipationDomain",
    "ParticipationVoice",
    "ProgramIndexPage",
    "ProgramPage",
]

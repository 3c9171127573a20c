from .accessibility import AccessibilitySupervisor
from .feedback import FeedbackFormField, FeedbackFormPage
from .guide import GuideIndexPage, GuideStepPage
from .open_data import OpenDataPage
from .pages import ContentPage, HomePage
from .workbook import WorkbookPage

__all__ = [
    "AccessibilitySupervisor",
    "ContentPage",
    "FeedbackFormField",
    "FeedbackFormPage",
    "GuideIndexPage",
    "GuideStepPage",
    "HomePage",
    "OpenDataPage",
    "WorkbookPage",
]

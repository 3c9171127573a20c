from .guide import GuideIndexPage, GuideStepPage
from .pages import ContentPage, HomePage
from .workbook import WorkbookPage

__all__ = ["ContentPage", "GuideIndexPage", "GuideStepPage", "HomePage", "WorkbookPage"]

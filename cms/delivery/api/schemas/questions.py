from .common import ContentMeta, PageMeta


class QuestionOut(ContentMeta):
    question: str
    answer_html: str


class QuestionPage(PageMeta):
    results: list[QuestionOut]

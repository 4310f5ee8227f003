"""Long lists a page at a time: Django's Paginator over rows counted and cut in SQL.

:class:`SqlRows` looks like a sequence to the Paginator (``count()`` and slicing) but asks
the database only for the count and the one page shown, so a list of 2,000 kiosks or a
year of requests costs one page. The page links keep the list's filters
(:func:`filters_query`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

PER_PAGE = 50


class SqlRows:
    def __init__(
        self, count: Callable[[], int], rows: Callable[[int, int], list[dict[str, Any]]]
    ) -> None:
        self._count = count
        self._rows = rows
        self._counted: int | None = None

    def count(self) -> int:
        if self._counted is None:
            self._counted = self._count()
        return self._counted

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, cut: slice) -> list[dict[str, Any]]:
        start = int(cut.start or 0)
        stop = self.count() if cut.stop is None else int(cut.stop)
        return self._rows(start, max(0, stop - start))


def page_of(request: HttpRequest, rows: SqlRows, per_page: int = PER_PAGE) -> Page:
    """The page the request asks for (``?page=``); a page out of range gives the last."""
    return Paginator(rows, per_page).get_page(request.GET.get("page"))


def filters_query(request: HttpRequest) -> str:
    """The request's query without its page number, for the page links (``?…&page=n``)."""
    query = request.GET.copy()
    query.pop("page", None)
    return str(query.urlencode())

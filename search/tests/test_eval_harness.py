"""The evaluation harness (tools/eval_search.py, `make eval-search`): its metrics and the reading of the two result
pages, so the figures in the closing notes mean what they say."""

import importlib.util
import json
import math
from pathlib import Path

import pytest
from django.conf import settings

spec = importlib.util.spec_from_file_location("eval_search", Path(settings.BASE_DIR) / "tools" / "eval_search.py")
eval_search = importlib.util.module_from_spec(spec)
spec.loader.exec_module(eval_search)


def test_metrics_by_hand():
    judgments = {"/a/": 2, "/b/": 1, "/c/": 1}
    result = eval_search.metrics(["/x/", "/b/", "/a/", "/y/", "/z/"], judgments)
    assert result["p5"] == pytest.approx(2 / 3)  # two relevant in the top five, three judged
    assert result["rr"] == pytest.approx(1 / 2)
    dcg = 1 / math.log2(3) + 3 / math.log2(4)
    ideal = 3 / math.log2(2) + 1 / math.log2(3) + 1 / math.log2(4)
    assert result["ndcg"] == pytest.approx(dcg / ideal)
    assert eval_search.metrics([], judgments) == {"p5": 0.0, "rr": 0.0, "ndcg": 0.0}
    # a path repeated counts once
    assert eval_search.metrics(["/a/", "/a/"], {"/a/": 2, "/b/": 2})["p5"] == pytest.approx(1 / 2)


def test_the_result_pages_are_read_from_their_lists():
    site = """<p class="search-summary" role="status">1.234 kết quả cho “x”</p>
      <ul class="search-results"><li class="search-result search-result--promoted"><h3><a href="/promo/">P</a></h3></li></ul>
      <ol class="search-results"><li class="search-result"><h2 class="search-result__title"><a href="http://h/a/?q=1">A</a></h2></li>
      <li class="search-result"><h2><a href="/b">B</a></h2><p><a href="/not-this/">x</a></p></li></ol>"""
    found = eval_search.extract_results(site, "site")
    assert found["paths"] == ["/a/", "/b/"] and found["count"] == 1234
    none = eval_search.extract_results("<p>no list</p>", "site")
    assert none["paths"] is None


def test_the_judged_set_is_large_enough_and_well_formed():
    judged = json.loads((Path(settings.BASE_DIR) / "search" / "evaluation" / "judged_queries.json").read_text("utf-8"))
    assert len(judged) >= 80
    assert len({item["id"] for item in judged}) == len(judged)
    for item in judged:
        assert item["target"] in ("site", "gazette") and item["q"].strip()
        assert item["relevant"] and all(grade in (1, 2) for grade in item["relevant"].values())

"""A worker makes hundreds of handouts: its memory must not grow with each one.

The cycle collector is off in a worker and runs once after every few handouts
(:data:`hjalpguide.handouts.pdf.COLLECT_EVERY`); without that, every handout's layout would
stay in memory until the worker ends.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pytest

from hjalpguide.handouts import pdf, qr

pytestmark = pytest.mark.pdf

HTML = """<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Prov {n}</title>
</head><body><h1>Prov {n}</h1><img src="{qr}" alt="QR-kod" width="100" height="100">
{paragraphs}</body></html>"""


def _task(tmp_path, n: int) -> pdf.Task:
    html = HTML.format(n=n, qr=qr.svg_data_uri(f"https://example.org/{n}/"),
                       paragraphs="".join(f"<p>Stycke {i}: gå till banken och fråga efter "
                                          f"BankID. Ta med id-kort.</p>" for i in range(40)))
    return pdf.Task(f"prov-{n}.pdf", (pdf.Part(f"prov-{n}", "sv", html, tmp_path.as_uri() + "/"),),
                    str(tmp_path), "@page { size: A4; margin: 20mm }")


def test_a_worker_does_not_grow_with_each_handout(tmp_path):
    tasks = [_task(tmp_path, n) for n in range(60)]
    with ProcessPoolExecutor(max_workers=1, initializer=pdf.start_worker) as pool:
        results = pool.submit(pdf.render_group, tasks).result()
    assert all(result.pages == 2 for result in results)
    after_ten = results[9].max_rss_kib
    after_all = results[-1].max_rss_kib
    # each handout's layout is a few MiB: kept, 50 more would add far more than this
    assert after_all - after_ten < 12 * 1024, (after_ten, after_all)

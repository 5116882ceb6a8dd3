"""The one JSON-LD serialiser (core/metadata/structured_data.py): what it writes cannot close or confuse its
<script>."""

import json

from thainguyen_portal.core.metadata.structured_data import json_script


def test_json_script_escapes_what_could_end_the_script_and_reads_back_the_same():
    data = {"name": "Thử </script><script>alert(1)</script> & <!-- Đường Thái Nguyên"}
    text = json_script(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c/script\\u003e" in text and "\\u0026" in text
    assert "Đường Thái Nguyên" in text  # Vietnamese stays readable (no \\u escapes for letters)
    assert json.loads(text) == data

"""The evidence log hashes files on the device; no request ever carries the file's bytes."""

import hashlib


def test_the_evidence_log_hashes_a_file_locally_and_sends_nothing(page, tmp_path):
    secret = b"EVIDENCE-BYTES-" + bytes(range(256)) * 40
    evidence = tmp_path / "screenshot-1.png"
    evidence.write_bytes(secret)
    sent = []
    page.on("request", lambda request: sent.append((request.method, request.url, request.post_data_buffer)))
    page.goto("/evidence-log/")
    page.get_by_label("Evidence files").set_input_files(str(evidence))
    page.get_by_label("Web address the evidence came from (optional)").fill("https://examplebook.com/p/1")
    page.get_by_role("button", name="Add to log").click()
    page.wait_for_selector("#evidence-table tbody tr")
    row = page.inner_text("#evidence-table tbody tr")
    assert hashlib.sha256(secret).hexdigest() in row and "screenshot-1.png" in row
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the log (CSV)").click()
    csv_path = tmp_path / "log.csv"
    info.value.save_as(csv_path)
    lines = csv_path.read_text().splitlines()
    assert lines[0] == "time_utc,item,size_bytes,url,method,sha256,notes"
    assert hashlib.sha256(secret).hexdigest() in lines[1]
    for _method, url, body in sent:
        assert not (body and b"EVIDENCE-BYTES" in body), url
    assert all(method == "GET" for method, _, _ in sent)

"""Inputs to sources: directories, globs, archives, and every hostile archive refused with a reason."""
from __future__ import annotations

import io
import tarfile
import zipfile

import pytest

from pipeline.bulk.sources import (InputNotFoundError, Limits, count_documents, expand_inputs, iter_sources,
                                   unsafe_member_reason)

MINUTES = b"MINUTES OF MEETING\n\nCouncillor Ryan asked when the road would be resurfaced.\n"


def make_zip(path, members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def make_tar(path, members: dict[str, bytes], links: dict[str, str] | None = None):
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        for name, target in (links or {}).items():
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            archive.addfile(info)
    return path


@pytest.mark.parametrize("name,unsafe", [
    ("minutes/2020.md", False),
    ("a/b/c.txt", False),
    ("../evil.md", True),
    ("minutes/../../evil.md", True),
    ("/etc/passwd.txt", True),
    ("C:/Windows/evil.txt", True),
    ("..\\evil.md", True),
    ("name\x00.md", True),
])
def test_unsafe_member_names(name, unsafe):
    assert (unsafe_member_reason(name) is not None) == unsafe


def test_directories_recurse_sorted_skip_hidden_and_keep_unsupported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_bytes(MINUTES)
    (tmp_path / "a.txt").write_bytes(MINUTES)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".hidden.md").write_bytes(MINUTES)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.md").write_bytes(MINUTES)
    found = expand_inputs([tmp_path])
    assert [p.split(str(tmp_path))[1] for p in found] == ["/a.txt", "/b/z.md", "/photo.jpg"]
    sources = list(iter_sources(found))
    assert [s.error is None for s in sources] == [True, True, False]
    assert "unsupported file type .jpg" in sources[2].error


def test_missing_input_is_an_error(tmp_path):
    with pytest.raises(InputNotFoundError, match="no such file"):
        expand_inputs([tmp_path / "nope.md"])


def test_glob_and_duplicates(tmp_path):
    (tmp_path / "a.md").write_bytes(MINUTES)
    assert expand_inputs([str(tmp_path / "*.md"), tmp_path / "a.md"]) == [str(tmp_path / "a.md")]


def test_zip_members_are_read_in_memory_and_named_after_the_archive(tmp_path):
    archive = make_zip(tmp_path / "a.zip", {"x/one.md": MINUTES, "two.txt": MINUTES, "notes.docx": b"PK"})
    sources = list(iter_sources([str(archive)]))
    assert [s.name.split("!")[1] for s in sources] == ["x/one.md", "two.txt", "notes.docx"]
    assert sources[0].data == MINUTES and sources[0].suffix == ".md" and sources[0].path is None
    assert "unsupported" in sources[2].error
    assert count_documents([str(archive)]) == 3


def test_zip_path_traversal_is_refused_and_nothing_is_written(tmp_path):
    archive = make_zip(tmp_path / "evil.zip", {"../../escaped.md": MINUTES, "ok.md": MINUTES})
    before = sorted(p.name for p in tmp_path.parent.iterdir())
    sources = list(iter_sources([str(archive)]))
    assert "path traversal" in sources[0].error and sources[0].data is None
    assert sources[1].error is None
    assert sorted(p.name for p in tmp_path.parent.iterdir()) == before


def test_zip_bomb_is_refused_by_ratio(tmp_path):
    archive = make_zip(tmp_path / "bomb.zip", {"bomb.txt": b"0" * (20 * 1024 * 1024)})
    (source,) = iter_sources([str(archive)])
    assert "decompression bomb" in source.error


def test_zip_member_over_the_size_limit_is_refused(tmp_path):
    archive = make_zip(tmp_path / "big.zip", {"big.md": MINUTES * 100}, compression=zipfile.ZIP_STORED)
    (source,) = iter_sources([str(archive)], Limits(max_bytes=1000))
    assert "larger than the limit" in source.error


def test_zip_that_lies_about_its_size_is_not_read_past_the_lie(tmp_path):
    path = make_zip(tmp_path / "liar.zip", {"liar.md": MINUTES * 50}, compression=zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24:central + 28] = (10).to_bytes(4, "little")   # the central directory now claims 10 bytes
    path.write_bytes(bytes(raw))
    (source,) = iter_sources([str(path)], Limits(max_bytes=1000))
    # zipfile reads the 10 declared bytes only, and their checksum then fails: the archive is refused
    assert source.data is None and source.error.startswith("cannot read archive") and "CRC" in source.error


def test_tar_members_links_traversal_and_bombs(tmp_path):
    archive = make_tar(tmp_path / "a.tar.gz", {"ok.md": MINUTES, "../up.md": MINUTES, "huge.txt": b"0" * 5000},
                       links={"link.md": "/etc/passwd"})
    sources = {s.name.split("!")[-1]: s for s in iter_sources([str(archive)], Limits(max_bytes=4000))}
    assert sources["ok.md"].data == MINUTES
    assert "path traversal" in sources["../up.md"].error
    assert "larger than the limit" in sources["huge.txt"].error
    assert "link" in sources["link.md"].error
    assert count_documents([str(archive)]) is None


def test_tar_that_inflates_past_the_archive_limit_stops(tmp_path):
    archive = make_tar(tmp_path / "bomb.tgz", {f"m{i}.md": MINUTES * 20 for i in range(10)})
    sources = list(iter_sources([str(archive)], Limits(max_archive_bytes=3 * len(MINUTES) * 20)))
    assert sum(s.error is None for s in sources) == 3
    assert "the rest was not read" in sources[-1].error


def test_damaged_archive_is_one_error(tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    (source,) = iter_sources([str(path)])
    assert source.error.startswith("cannot read archive")

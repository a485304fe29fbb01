"""The offline copy in the benchmark: built as `casearchive offline` builds it (check, generate,
MkDocs with mkdocs.offline.yml, index, manifest, zip), but into a zip of the benchmark's choosing,
so that dist/ is left alone; timed and weighed."""

from __future__ import annotations

import contextlib
import io
import time
import zipfile
from pathlib import Path
from typing import Any

from casearchive.load.problems import errors
from casearchive.publish import build, offline

MB = 1024 * 1024


def measure(project: build.Project, target: Path) -> dict[str, Any]:
    """Build the offline copy of `project`'s data into `target`; its size, file count and time."""
    started = time.perf_counter()
    archive, problems = build.check_archive(project.data)
    if errors(problems):
        raise RuntimeError(f"{project.data} has errors, e.g. {errors(problems)[0]}")
    build.generate(project, archive)
    summary = io.StringIO()  # the checksums to publish: not the benchmark's business
    with contextlib.redirect_stdout(summary):
        failed = offline.build(project, archive, build.data_version(project.root), target)
    if failed:
        raise RuntimeError(f"the offline copy of {project.data} failed to build")
    seconds = time.perf_counter() - started
    with zipfile.ZipFile(target) as packed:
        files = [info for info in packed.infolist() if not info.is_dir()]
    return {"records": len(archive.all()), "zip": str(target), "build_s": seconds,
            "zip_mb": target.stat().st_size / MB, "files": len(files),
            "unpacked_mb": sum(info.file_size for info in files) / MB}

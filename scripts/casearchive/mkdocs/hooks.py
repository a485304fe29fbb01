"""The MkDocs hooks named in mkdocs.yml. Each hook only hands its arguments to the one `Run` of
this MkDocs process (`run.py`), which delegates to a named part: the serve session, the search
index of a build, page memory, and edition handling."""

from __future__ import annotations

from typing import Any

from mkdocs.plugins import event_priority

from casearchive.i18n import glossary
from casearchive.mkdocs import homeblock, themewords
from casearchive.mkdocs.run import Run
from casearchive.render import kindlegend

run = Run()


def on_startup(command: str, dirty: bool) -> None:
    run.start(command)


def on_config(config: Any) -> Any:
    return run.configure(config)


def on_template_context(context: Any, template_name: str, config: Any) -> Any:
    run.editions.switch_on_404(template_name, config)
    return context


def on_post_template(output: str, template_name: str, config: Any) -> str:
    return run.editions.page_404(output, template_name, config)


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    if run.serving is not None:
        run.serving.watch(server, config)
    return server


@event_priority(-100)  # after the i18n plugin's, which makes every file object anew
def on_files(files: Any, config: Any) -> Any:
    return run.files(files, config)


def on_pre_build(config: Any) -> None:
    run.before_build(config)


def on_env(env: Any, config: Any, files: Any) -> Any:
    themewords.install(env)
    if run.index is not None:
        run.index.expect(files)
    if run.serving is not None:
        env.bytecode_cache = run.serving.templates
    return env


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    markdown = homeblock.expand(markdown, page.file.src_path, config["docs_dir"])
    markdown = kindlegend.expand(markdown, page.file.src_path)
    return glossary.expand(markdown, page.file.src_path, config["docs_dir"])


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    return run.converted(html, page)


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    run.memory.unpack(page)
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    return run.rendered(output, page)


def on_post_build(config: Any) -> None:
    run.after_build(config)


def on_shutdown() -> None:
    run.close()

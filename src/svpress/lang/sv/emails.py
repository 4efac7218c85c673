"""Words that stand for "@" and "." in e-mail addresses written to dodge harvesters.

Swedish sites write "namn(at)org.se", "namn [snabel-a] org.se" ("snabel-a" is
the Swedish name of "@"), "namn[@]org.se" and "org [punkt] se" / "org [dot] se". Only the
bracketed forms count: a bare "at" or "punkt" in running text is a word.
"""

from __future__ import annotations

AT_WORDS: tuple[str, ...] = ("at", "snabel-a", "snabela", "snabel a", "a", "@")

DOT_WORDS: tuple[str, ...] = ("dot", "punkt", "pkt", "prick")

# Endings of file names that look like an address ("logo@2x.png") but are
# not top-level domains. ".zip" and ".mov" are TLDs yet nearly always files.
FILE_EXTENSIONS: frozenset[str] = frozenset(
    {
        "png",
        "jpg",
        "jpeg",
        "gif",
        "svg",
        "webp",
        "bmp",
        "tif",
        "tiff",
        "pdf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "txt",
        "zip",
        "mov",
        "mp3",
        "mp4",
    }
)

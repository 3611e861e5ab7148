"""`python -m bench.attribution_history`: the attribution model against the rules, on reports
the rules had not yet been written from.

The rules of the reporters field were written from the corpus, so their figure on it overstates
what they do on a new report. Each fresh part of rounds 4-29 was measured once at a commit
before any rule was read from it; this bench runs that commit's extractor (from the git
history) on that part's texts as they are now, which gives the rules' verdict on reports they
had never seen. It then judges the same reports with the model, cross-validated (each of five
folds of consecutive file numbers judged by a model trained on every other report that is not
held out), alone and as shipped (the rules' verdict, overruled where the model is
attribution.CONFIDENT sure). Needs the repository's git history; takes about five minutes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import date

from bench.extraction import CORPUS, ROOT, load_corpus
from bench.train_attribution import FOLDS, Report, examples
from core.report.attribution import CONFIDENT, Model, decide, train
from core.report.extract import report_sentences
from core.report.found import Found
from core.report.text import Evidence

# Each fresh part, and the commit it was measured once at (before any rule was read from it).
PARTS = (
    ("7b410f8", 270, 309),
    ("1355a49", 310, 329),
    ("d2764e2", 330, 369),
    ("74428bd", 370, 409),
    ("f024833", 410, 449),
    ("00e4321", 450, 489),
    ("36b7b8f", 490, 529),
    ("966abdf", 530, 569),
    ("5fa4654", 570, 609),
    ("5b1ea77", 610, 649),
    ("cd18741", 650, 689),
    ("110d6db", 690, 729),
    ("b6d8580", 730, 768),
    ("3ff6939", 770, 829),
    ("930684c", 830, 889),
    ("af40d13", 890, 949),
    ("55391e1", 950, 986),
    ("56aed82", 987, 1047),
    ("381e669", 1050, 1169),
    ("ae8acf4", 1170, 1243),
    ("41b78ea", 1250, 1329),
    ("64e7765", 1330, 1489),
    ("e90ec2c", 1490, 1578),
)

# Run inside an old commit's tree: each report's reporters, with where each is cited.
_OLD_RUN = """
import json, sys
from datetime import date
from pathlib import Path
from core.records.dataset import load_dataset
from core.report.extract import extract_report
sites = load_dataset(Path("data")).sites
found = {}
for name, published in json.loads(sys.stdin.read()):
    text = (Path(sys.argv[1]) / name).read_text(encoding="utf-8")
    draft = extract_report(text, date.fromisoformat(published), sites)
    cited = draft.evidence.get("sources", ())
    found[name] = [[str(value), item.start] for value, item in zip(draft.reporters, cited)]
print(json.dumps(found))
"""


def rules_then(commit: str, rows: Sequence[dict[str, str]]) -> dict[str, list[Found]]:
    """What the extractor of `commit` cites for each row's text."""
    with tempfile.TemporaryDirectory() as folder:
        tree = subprocess.run(
            ["git", "archive", commit, "core", "data"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=tree, check=True)
        asked = json.dumps([(row["file"], row["published"]) for row in rows])
        done = subprocess.run(
            [sys.executable, "-c", _OLD_RUN, str(CORPUS)],
            cwd=folder,
            input=asked,
            text=True,
            check=True,
            capture_output=True,
            env={"PYTHONPATH": folder, "PATH": ""},
        )
    return {
        name: [Found(value, Evidence(value, start, start, "")) for value, start in cited]
        for name, cited in json.loads(done.stdout).items()
    }


def main() -> None:
    """Print the rules' figure then and the model's, on the same reports."""
    rows = [row for row in load_corpus() if row["split"] != "heldout"]
    texts = {row["file"]: (CORPUS / row["file"]).read_text(encoding="utf-8") for row in rows}

    def report(row: dict[str, str], ruled: list[Found]) -> Report:
        labels = tuple(value for value in row["reporters"].split(";") if value)
        return Report(row["file"], report_sentences(texts[row["file"]]), labels, ruled)

    fresh: list[Report] = []
    for commit, first, last in PARTS:
        part = [row for row in rows if first <= int(row["file"].partition("_")[0]) <= last]
        ruled = rules_then(commit, part)
        fresh += [report(row, ruled[row["file"]]) for row in part]
        print(f"{first}-{last} at {commit}: {len(part)} reports", flush=True)
    others = [report(row, []) for row in rows if row["file"] not in {r.file for r in fresh}]
    size = -(-len(fresh) // FOLDS)
    then = alone = shipped = 0
    for fold in range(FOLDS):
        test = fresh[fold * size : (fold + 1) * size]
        names = {item.file for item in test}
        model = Model(train(examples([*others, *(r for r in fresh if r.file not in names)])))
        for item in test:
            then += tuple(str(found.value) for found in item.ruled) == item.cited
            for confident, _ in ((0.0, "alone"), (CONFIDENT, "shipped")):
                found = decide(item.ruled, item.sentences, model, confident)
                right = tuple(str(value.value) for value in found) == item.cited
                if confident:
                    shipped += right
                else:
                    alone += right
    total = len(fresh)
    print(f"\nreporters right on {total} reports of rounds 4-29's fresh parts ({date.today()}):")
    print(f"  the rules of the commit each part was measured at: {then / total:.1%}")
    print(f"  the model alone, cross-validated: {alone / total:.1%}")
    overruled = f"the rules, overruled where the model is {CONFIDENT:g} log-odds sure"
    print(f"  {overruled}: {shipped / total:.1%}")


if __name__ == "__main__":
    main()

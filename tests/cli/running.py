"""Running a command as a test does: its exit code and what it printed."""

from workbench.cli.main import main


def run(capsys, *argv):
    """Run `workbench ARGV...`: (exit code, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err

"""The collector's pace during a batch (`qa.collector`): changed inside the block only."""
import gc
import subprocess
import sys
from pathlib import Path

from qa.collector import YOUNG, fewer_collections

ROOT = Path(__file__).resolve().parent.parent


def test_a_batch_walks_fewer_objects_and_the_pace_comes_back_after_it():
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    made_before = [[n] for n in range(100)]
    with fewer_collections():
        assert gc.get_threshold()[0] == max(YOUNG, before[0])
        assert gc.get_threshold()[1:] == before[1:]
        assert gc.get_freeze_count() >= frozen + len(made_before)  # left out of the walks
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen


def test_the_pace_comes_back_when_the_batch_fails():
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    try:
        with fewer_collections():
            raise KeyError("a bug in the batch")
    except KeyError:
        pass
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen


def test_what_an_answer_leaves_is_settled_out_of_the_walks():
    frozen = gc.get_freeze_count()
    with fewer_collections() as settle:
        before = gc.get_freeze_count()
        left = [[n] for n in range(100)]  # an answer's memories
        settle()
        assert gc.get_freeze_count() >= before + len(left)
    assert gc.get_freeze_count() == frozen


def test_what_exists_when_the_process_ends_is_left_out_of_the_last_walks():
    # atexit runs the last registered first: the printer, registered before, sees the freeze
    script = ("import atexit, gc\n"
              "from qa.collector import spare_the_last_walk\n"
              "atexit.register(lambda: print(gc.get_freeze_count()))\n"
              "spare_the_last_walk()\n"
              "kept = [[n] for n in range(1000)]\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert int(done.stdout) >= 1000

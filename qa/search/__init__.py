"""Answering questions: the question built once (`query`) with its expansion (`expand`),
ranked (`rank`), its answer sentence extracted (`answer`), all put together by `ask`."""

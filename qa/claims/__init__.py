"""Checking claims: what a text states (`facts`), where a claim and a sentence disagree
(`compare`), and the verdict with its evidence (`check`)."""

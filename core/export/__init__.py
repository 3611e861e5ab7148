"""Exports of a filtered view: HTML map, slide PNG, deck, profile chart, CSV and GeoJSON, CLI."""

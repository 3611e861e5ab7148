"""Geography and flight physics: geodesy, land, EEZs, places, rings, impacts, paths, profiles."""

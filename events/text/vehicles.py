"""Vehicle makes (own list): "a 2003 Honda Accord" holds no date ("2003" is a model year) and no place
("Honda" is a make, not the Colombian town; "the Toyota failed to yield" is a car, not Toyota City)."""

from __future__ import annotations

VEHICLE_MAKES: tuple[str, ...] = (
    "Acura", "Audi", "BMW", "Buick", "Cadillac", "Chevrolet", "Chevy", "Chrysler", "Dodge", "Ford", "GMC",
    "Harley-Davidson", "Honda", "Hummer", "Hyundai", "Infiniti", "Isuzu", "Jeep", "Kia", "Lexus", "Lincoln", "Mazda",
    "Mercedes", "Mercedes-Benz", "Mercury", "Mini", "Mitsubishi", "Nissan", "Oldsmobile", "Plymouth", "Pontiac",
    "Porsche", "Saab", "Saturn", "Subaru", "Suzuki", "Tesla", "Toyota", "Volkswagen", "VW", "Volvo", "Freightliner",
    "Kenworth", "Peterbilt", "Yamaha", "Kawasaki",
)
# "a 2003 Honda", "his 1996 Oldsmobile": an article or possessive, then a model year, before the make
MODEL_YEAR_BEFORE = r"\b(?:a|an|the|his|her|their|its|my|your|our)\s+(?:19|20)\d\d\s+$"

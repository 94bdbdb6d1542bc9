"""Side-by-side comparison of packages for one estate (``results.compare_packages``)."""

"""The pydicom peer of the benchmark: one CSV row per file, the same attributes.

Reads each file with stop_before_pixels, the way a pydicom user would crawl a
tree; files that are not DICOM are skipped (force=False raises for them).
Usage: python3 pydicom-scan.py ROOT KEYWORD...
"""
import csv
import os
import sys

import pydicom
from pydicom.errors import InvalidDicomError


def main():
    root, keywords = sys.argv[1], sys.argv[2:]
    out = csv.writer(sys.stdout)
    out.writerow(['path'] + keywords)
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            try:
                ds = pydicom.dcmread(path, stop_before_pixels=True)
            except (InvalidDicomError, OSError, EOFError, ValueError, KeyError, TypeError):
                continue
            row = [path]
            for kw in keywords:
                el = ds.file_meta.get(kw) if kw == 'TransferSyntaxUID' and 'file_meta' in ds else None
                value = el if el is not None else ds.get(kw)
                row.append('' if value is None else str(value))
            out.writerow(row)


if __name__ == '__main__':
    main()

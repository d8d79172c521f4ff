#!/usr/bin/env python3
"""Converts the npm package query-mobile-phone-area's number-segment data into MMS Studio's
compact table (core/protocol/NumberSegments.cpp reads it).

Input: data/mobilephones.data of the package (gzip; blocks separated by '----------' lines:
'type' (carrier code -> name), 'area' (area code -> "province city"), and 'number-NNN' whose
line j (0-9999) is "area,type" for the seven-digit segment NNNjjjj, or empty when unknown).

Output (little-endian): b"MMSSEG1\\n", uint32 area count, then per area (ids from 1) uint8 byte
length + UTF-8 province, uint8 + UTF-8 city; uint32 run count, then per run uint32 first
segment and uint16 area id (0: unknown), each run lasting until the next one's first segment.
"""
import gzip
import struct
import sys


def main(src, dst):
    text = gzip.open(src, 'rb').read().decode('utf-8')
    areas_by_code = {}
    numbers = {}
    for block in text.split('----------\n'):
        lines = block.split('\n')
        head = lines[0]
        if head == 'area':
            for line in lines[1:]:
                parts = line.strip().split(',')
                if len(parts) == 2:
                    areas_by_code[parts[0]] = parts[1]
        elif head.startswith('number-'):
            numbers[int(head[7:])] = lines[1:]
    names = []  # (province, city), id = index + 1
    ids = {}
    for code in areas_by_code:
        province, _, city = areas_by_code[code].partition(' ')
        key = (province.strip(), city.strip() or province.strip())
        if key not in ids:
            names.append(key)
            ids[key] = len(names)
    code_to_id = {}
    for code, value in areas_by_code.items():
        province, _, city = value.partition(' ')
        code_to_id[code] = ids[(province.strip(), city.strip() or province.strip())]
    known = 0
    out = bytearray(b'MMSSEG1\n')
    out += struct.pack('<I', len(names))
    for province, city in names:
        for s in (province, city):
            b = s.encode('utf-8')
            out += struct.pack('<B', len(b)) + b
    final = []
    last_area = None
    for prefix in range(100, 200):
        lines = numbers.get(prefix)
        for j in range(10000):
            area = 0
            if lines is not None and j < len(lines):
                parts = lines[j].strip().split(',')
                if len(parts) == 2:
                    area = code_to_id.get(parts[0], 0)
            known += area != 0
            # Prefixes the package does not list are unknown (area 0).
            if area != last_area:
                final.append((prefix * 10000 + j, area))
                last_area = area
    out += struct.pack('<I', len(final))
    for segment, area in final:
        out += struct.pack('<IH', segment, area)
    with open(dst, 'wb') as f:
        f.write(out)
    print(f'{len(names)} areas, {known} known segments, {len(final)} runs -> {dst} ({len(out)} bytes)')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        raise SystemExit('usage: convert.py mobilephones.data OUT')
    main(sys.argv[1], sys.argv[2])

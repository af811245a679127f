#!/usr/bin/env python3
"""A straightforward Python pipeline doing what `maturity sector` does, for comparison.

usage: baseline.py FRAMEWORK FOLDER OUT.xlsx

PyYAML's C loader reads every response, each institution is scored per the methodology
(perspectives weighted equally, measures and checklists banded, weighted means, missing
answers excluded), pandas computes n, min, quartiles (linear, as QUARTILE.INC), max and
mean overall and per dimension for the latest period and per sector, and XlsxWriter
writes them. No validation: it trusts its input, which maturity does not.
"""
import os
import sys

import pandas
import yaml


def elements_of(dimensions, path_weight=1.0):
    for dimension in dimensions:
        weight = path_weight * dimension.get('weight', 1)
        for element in dimension.get('elements', []):
            yield dimension['id'], element
        yield from elements_of(dimension.get('dimensions', []), weight)


def banded(bands, value, higher, lowest):
    reached = lowest
    for level, threshold in bands.items():
        if (value >= threshold) if higher else (value <= threshold):
            reached = max(reached, int(level))
    return reached


def score(framework, response):
    lowest = framework['scale'][0]['level']
    perspective_of = {r['id']: r['perspective'] for r in response['respondents']}
    profile = response['institution'].get('profile', {})
    bands = {}
    for key, field in framework.get('profile', {}).items():
        for band, (low, high) in field.get('bands', {}).items():
            if key in profile and profile[key] >= low and (high is None or profile[key] <= high):
                bands[key] = band
    totals = {}
    for dimension_id, element in elements_of(framework['dimensions']):
        conditions = element.get('applies_when', {})
        if any(str(profile.get(k)) not in (v if isinstance(v, list) else [v]) and
               bands.get(k) not in (v if isinstance(v, list) else [v]) for k, v in conditions.items()):
            continue
        by_perspective = {}
        for answer in response['answers'].get(element['id'], []):
            if answer.get('not_applicable'):
                continue
            if 'measure' in element:
                measure = element['measure']
                level = banded(measure['bands'], answer['value'], measure.get('better') != 'lower', lowest)
            elif 'checklist' in element:
                level = banded(element['checklist']['bands'], len(answer['checked']), True, lowest)
            else:
                level = answer['level']
            by_perspective.setdefault(perspective_of[answer['by']], []).append(level)
        if not by_perspective:
            continue
        means = [sum(levels) / len(levels) for levels in by_perspective.values()]
        element_score = sum(means) / len(means)
        weight = element.get('weight', 1)
        total, weights = totals.get(dimension_id, (0.0, 0.0))
        totals[dimension_id] = (total + element_score * weight, weights + weight)
    dimensions = {d: total / weights for d, (total, weights) in totals.items()}
    dimension_weights = {d['id']: d.get('weight', 1) for d in framework['dimensions']}
    scored = [d for d in dimensions if d in dimension_weights]
    overall = (sum(dimensions[d] * dimension_weights[d] for d in scored) /
               sum(dimension_weights[d] for d in scored)) if scored else None
    return overall, dimensions


def main():
    framework_path, folder, out = sys.argv[1:4]
    with open(framework_path, encoding='utf-8') as file:
        framework = yaml.load(file, Loader=yaml.CSafeLoader)
    rows = []
    for root, _, names in os.walk(folder):
        for name in sorted(names):
            if not name.endswith('.yaml'):
                continue
            with open(os.path.join(root, name), encoding='utf-8') as file:
                response = yaml.load(file, Loader=yaml.CSafeLoader)
            overall, dimensions = score(framework, response)
            rows.append({'id': response['institution']['id'], 'period': str(response['period']),
                         'sector': response['institution'].get('profile', {}).get('sector'),
                         'overall': overall, **dimensions})
    table = pandas.DataFrame(rows)
    latest = table[table['period'] == table['period'].max()]
    columns = ['overall'] + [d['id'] for d in framework['dimensions']]

    def describe(frame):
        return pandas.DataFrame({
            'n': frame[columns].count(), 'min': frame[columns].min(),
            'q1': frame[columns].quantile(0.25), 'median': frame[columns].median(),
            'q3': frame[columns].quantile(0.75), 'max': frame[columns].max(),
            'mean': frame[columns].mean()})

    with pandas.ExcelWriter(out, engine='xlsxwriter') as writer:
        describe(latest).to_excel(writer, sheet_name='Distribution')
        groups = {sector: describe(frame) for sector, frame in latest.groupby('sector')
                  if len(frame) >= 5}
        if groups:
            pandas.concat(groups).to_excel(writer, sheet_name='Peer groups')
        latest.to_excel(writer, sheet_name='Heatmap', index=False)
    overall = describe(latest).loc['overall']
    print(f'{len(rows)} files, {len(latest)} institutions in {table["period"].max()}; overall '
          f'median {overall["median"]:.6f} q1 {overall["q1"]:.6f} q3 {overall["q3"]:.6f} '
          f'mean {overall["mean"]:.6f}')


if __name__ == '__main__':
    main()

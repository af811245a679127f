#!/usr/bin/env python3
"""Deterministic synthetic sector data from any maturity framework.

usage: generate.py FRAMEWORK OUTDIR [--institutions N] [--respondents R] [--periods P] [--seed S]

Writes OUTDIR/PERIOD/inst-NNNNN.yaml: one response per institution and period, with
respondents split between the framework's perspectives, levels, measured values,
checklists, evidence on most ratings that need it, notes, and about 5% of answers
missing. The same arguments always give the same files.
"""
import argparse
import os
import random

import yaml


def elements_of(dimensions):
    for dimension in dimensions:
        for element in dimension.get('elements', []):
            yield element
        yield from elements_of(dimension.get('dimensions', []))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('framework')
    parser.add_argument('out')
    parser.add_argument('--institutions', type=int, default=100)
    parser.add_argument('--respondents', type=int, default=10)
    parser.add_argument('--periods', type=int, default=1)
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()

    with open(args.framework, encoding='utf-8') as file:
        framework = yaml.safe_load(file)
    levels = [entry['level'] for entry in framework['scale']]
    perspectives = [entry['key'] for entry in framework['perspectives']]
    evidence_from = framework.get('scoring', {}).get('evidence_required_from', levels[-1] + 1)
    profile = framework.get('profile', {})
    elements = list(elements_of(framework['dimensions']))
    periods = [f'{2020 + p}-{(21 + p) % 100:02d}' for p in range(args.periods)]

    def draw_profile(rng):
        values, bands = {}, {}
        for key, field in profile.items():
            if 'values' in field:
                values[key] = rng.choice(field['values'])
            elif field.get('type') == 'integer':
                band, (low, high) = rng.choice(list(field.get('bands', {'all': [1, 1000]}).items()))
                values[key] = rng.randint(low, high if high is not None else low * 4)
                bands[key] = band
            else:
                values[key] = 'x'
        return values, bands

    def applies(element, values, bands):
        for key, accepted in element.get('applies_when', {}).items():
            accepted = accepted if isinstance(accepted, list) else [accepted]
            if str(values.get(key)) not in accepted and bands.get(key) not in accepted:
                return False
        return True

    rng = random.Random(args.seed)
    answers_written = 0
    for index in range(args.institutions):
        values, bands = draw_profile(rng)
        base = rng.uniform(levels[0] + 0.5, levels[-1] - 0.5)
        institution = f'inst-{index:05d}'
        for period_index, period in enumerate(periods):
            base = min(levels[-1], base + rng.uniform(-0.2, 0.5) * (period_index > 0))
            lines = [f'framework: {framework["id"]}', f'framework_version: {framework["version"]}',
                     'institution:', f'  id: {institution}', f'  name: Institution {index:05d}',
                     '  profile: {' + ', '.join(f'{k}: {v}' for k, v in values.items()) + '}',
                     f'period: {period}', 'respondents:']
            respondents = [(f'r{r + 1}', perspectives[r * len(perspectives) // args.respondents])
                           for r in range(args.respondents)]
            for rid, perspective in respondents:
                lines.append(f'  - {{id: {rid}, perspective: {perspective}}}')
            lines.append('answers:')
            for element in elements:
                if not applies(element, values, bands):
                    continue
                lines.append(f'  {element["id"]}:')
                for rid, perspective in respondents:
                    if rng.random() < 0.05:
                        continue
                    level = max(levels[0], min(levels[-1], round(base + rng.gauss(0, 0.8))))
                    if 'measure' in element:
                        measure = element['measure']
                        thresholds = list(measure['bands'].values())
                        low = measure.get('min', 0)
                        high = min(measure.get('max', float('inf')), max(thresholds) * 1.3)
                        answer = f'value: {round(rng.uniform(low, high), 1)}'
                    elif 'checklist' in element:
                        items = list(element['checklist']['items'])
                        answer = 'checked: [' + ', '.join(rng.sample(items, rng.randint(0, len(items)))) + ']'
                    else:
                        answer = f'level: {level}'
                    extra = ''
                    if level >= evidence_from and rng.random() < 0.8:
                        extra = f', evidence: [Minutes of the joint forum, {period}]'
                    elif rng.random() < 0.1:
                        extra = ', note: Discussed at the joint forum'
                    lines.append(f'    - {{by: {rid}, {answer}{extra}}}')
                    answers_written += 1
            lines += ['sign_off:', f'  - {{perspective: {perspectives[0]}, name: Lead, date: 2025-06-30}}']
            folder = os.path.join(args.out, period)
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, institution + '.yaml'), 'w', encoding='utf-8') as file:
                file.write('\n'.join(lines) + '\n')
    print(f'{args.institutions * len(periods)} files, {answers_written} answers in {args.out}')


if __name__ == '__main__':
    main()

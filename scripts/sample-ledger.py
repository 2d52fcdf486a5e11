#!/usr/bin/env python3
# Writes the ledger of the 2015 sample (src/test/resources/sample-2015-ledger-csv: konti.csv, kontoplan.csv) from
# its typed accounts table (sample-2015-csv/regnskab.csv). The kroner are chosen so that every printed figure of
# the two tables comes out of the ledger, the printed rounding differences included: each line's kroner round
# to the printed line, its Afvigelse to the printed Afvigelse, and each I alt to the printed I alt, which is one
# unit off the sum of its lines in Regnskab 2014 (Arbejdsmarked) and Regnskab 2015 (Beskæftigelsestilbud).
# The Kontoplan holds exact funktioner, the hovedfunktion 5.68 as a catch-all with exact overrides (one of them
# to the other politikområde), a Dranst-specific row and an artsgruppe row. Lines keep the typed table's order,
# which with Konti alone is the order of their first Kontoplan row. Run it again after changing the
# typed table: scripts/sample-ledger.py
import csv, os

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, '..', 'src', 'test', 'resources', 'sample-2015-csv', 'regnskab.csv')
out = os.path.join(here, '..', 'src', 'test', 'resources', 'sample-2015-ledger-csv')

AM = 'Arbejdsmarkeds- og overførselsområdet'
BT = 'Beskæftigelsestilbud'
# line → Kontoplan rows (Funktion, Dranst, Art, Sted) and accounts (Funktion, Dranst, Art, Sted, Kontonavn, share)
PLAN = {
    (AM, 'Erhvervsgrunduddannelsers skoleophold'): ([('3.30.46', '', '', '')],
        [('3.30.46', '1', '5.9', '', 'EGU skoleophold', 1)]),
    (AM, 'Integrationsprogram og introduktionsforløb m.v.'): ([('5.46.61', '', '', '')],
        [('5.46.61', '1', '4.0', '', 'Integrationsprogram, køb af forløb', 0.8),
         ('5.46.61', '1', '1.0', '', 'Integrationsprogram, lønninger', 0.2)]),
    (AM, 'Kontanthjælp til udlændinge omfattet af integrationsprogrammet.'): (
        [('5.46.65', '', '', ''), ('5.46.61', '2', '', '')],
        [('5.46.65', '1', '5.2', '', 'Kontanthjælp til udlændinge', 1.5),
         ('5.46.61', '2', '8.6', '', 'Statsrefusion, integrationsprogram', -0.5)]),
    (AM, 'Sygedagpenge'): ([('5.57.72', '', '', '')],
        [('5.57.72', '1', '5.2', '3100', 'Sygedagpenge, Viborg', 0.6),
         ('5.57.72', '1', '5.2', '3200', 'Sygedagpenge, Karup', 0.4)]),
    (AM, 'Sociale formål'): ([('5.57.76', '', '', '')], [('5.57.76', '1', '5.2', '', 'Sociale formål', 1)]),
    (AM, 'Kontanthjælp'): ([('5.57.73', '', '', '')],
        [('5.57.73', '1', '5.2', '', 'Kontanthjælp', 1.25), ('5.57.73', '2', '8.6', '', 'Statsrefusion', -0.25)]),
    (AM, 'Kontanthjælp vedrørende visse grupper af flygtninge'): ([('5.57.71', '', '', '')],
        [('5.57.71', '1', '5.2', '', 'Kontanthjælp, flygtninge', 1)]),
    (AM, 'Aktiverede kontanthjælpsmodtagere'): ([('5.57.74', '', '', '')],
        [('5.57.74', '1', '5.2', '', 'Aktiverede kontanthjælpsmodtagere', 1)]),
    (AM, 'Dagpenge til forsikrede ledige'): ([('5.57.75', '', '', '')],
        [('5.57.75', '1', '5.2', '', 'Dagpenge til forsikrede ledige', 1)]),
    (AM, 'Særlig uddannelsesordning og midlertidig arbejdsmarkedsydelsesordning'): ([('5.57.79', '', '', '')],
        [('5.57.79', '1', '5.2', '', 'Særlig uddannelsesordning', 1)]),
    (AM, 'Revalidering'): ([('5.58.80', '', '', '')], [('5.58.80', '1', '5.2', '', 'Revalidering', 1)]),
    (AM, 'Løntilskud m.v. til personer i fleksjob og personer i løntilskudsstillinger'): ([('5.58.81', '', '', '')],
        [('5.58.81', '1', '5.9', '', 'Fleksjob', 0.7), ('5.58.81', '1', '4.0', '', 'Løntilskud', 0.3)]),
    (AM, 'Ressourceforløb'): ([('5.58.82', '', '', '')], [('5.58.82', '1', '5.2', '', 'Ressourceforløb', 1)]),
    (AM, 'Driftsudgifter til den kommunale beskæftigelsesindsats'): ([('5.68.90', '', '', '')],
        [('5.68.90', '1', '4.0', '', 'Driftsudgifter, jobcenter', 1)]),
    (AM, 'Beskæftigelsesindsats for forsikrede ledige'): ([('5.68.91', '', '', '')],
        [('5.68.91', '1', '4.0', '', 'Beskæftigelsesindsats, forsikrede', 1)]),
    (AM, 'Seniorjob til personer over 55 år'): ([('5.68.97', '', '', '')],
        [('5.68.97', '1', '1.0', '', 'Seniorjob', 1)]),
    (AM, 'Beskæftigelsesordninger'): ([('5.68', '', '', '')],
        [('5.68.98', '1', '4.0', '', 'Beskæftigelsesordninger', 0.9),
         ('5.68.96', '1', '4.0', '', 'Servicejob, øvrige', 0.1)]),
    (BT, 'Faste ejendomme'): ([('5.38.50', '', '3', '')], [('5.38.50', '3', '3.2', '', 'Bygningsarbejder', 1)]),
    (BT, 'Ungdommens Uddannelsesvejledning'): ([('3.38.76', '', '', '')],
        [('3.38.76', '1', '1.0', '', 'UU, lønninger', 1)]),
    (BT, 'Produktionsskoler'): ([('3.30.44', '', '', '')], [('3.30.44', '1', '5.9', '', 'Produktionsskoler', 1)]),
    (BT, 'Beskyttet beskæftigelse'): ([('5.38.50', '', '', '')],
        [('5.38.50', '1', '4.0', '', 'Beskyttet beskæftigelse', 2), ('5.38.50', '1', '7.1', '', 'Salg', -1)]),
    (BT, 'Løn til forsikrede ledige ansat i kommuner samt til alternativt tilbud'): ([('5.68.94', '', '', '')],
        [('5.68.94', '1', '1.0', '', 'Løn til forsikrede ledige', 1)]),
    (BT, 'Servicejob'): ([('5.68.92', '', '', '')], [('5.68.92', '1', '1.0', '', 'Servicejob', 1)]),
}


def amount(v):
    return int(v.replace('.', '')) if v else 0


def danish(kroner, erp):
    """Kroner in Danish notation; every fifth negative amount as an ERP writes it (1.234-)."""
    s = f'{abs(kroner):,}'.replace(',', '.')
    if kroner < 0:
        return s + '-' if erp else '-' + s
    return s


rows = list(csv.reader(open(src, encoding='utf-8-sig'), delimiter=';'))
lines = [r for r in rows[1:] if r[1] != 'I alt']
konti = [['Funktion', 'Dranst', 'Art', 'Sted', 'Kontonavn', 'Regnskab 2014', 'Budget 2015', 'Korr. budget 2015',
          'Regnskab 2015']]
plan = [['Funktion', 'Dranst', 'Art', 'Sted', 'Politikområde', 'Linje']]
count = 0
for r in lines:
    area, name = r[0], r[1]
    rows_, accounts = PLAN[(area, name)]
    for p in rows_:
        plan.append([p[0], p[1], p[2], p[3], area, name])
    # the offsets (kroner beyond the printed thousands) that reproduce the printed rounding differences
    off = [-60 if area == AM else 0, 0, 0, -150 if area == BT else 0]
    kroner = [amount(r[2 + i]) * 1000 + off[i] for i in range(4)]
    shares = [a[5] for a in accounts]
    left = list(kroner)
    for i, a in enumerate(accounts):
        last = i == len(accounts) - 1
        part = left if last else [int(round(k * a[5] / sum(shares))) for k in kroner]
        left = [left[j] - part[j] for j in range(4)] if not last else left
        count += 1
        konti.append([a[0], a[1], a[2], a[3], a[4]] + [danish(part[j], count % 5 == 0) for j in range(4)])
os.makedirs(out, exist_ok=True)
for name, data in (('konti.csv', konti), ('kontoplan.csv', plan)):
    with open(os.path.join(out, name), 'w', encoding='utf-8-sig', newline='') as f:
        csv.writer(f, delimiter=';', lineterminator='\r\n').writerows(data)

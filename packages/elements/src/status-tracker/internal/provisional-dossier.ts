// PROVISIONAL: stands in for @dvc-kit/dossier's HTTP source and timelinessOf until they land on main; deleted then.
import { onTimeStatus, workingDaysBetween } from '@dvc-kit/vn';
import { DossierSourceError, type Dossier, type DossierSource, type Timeliness } from '@dvc-kit/dossier';

export function createHttpDossierSource(_options: { baseUrl: string }): DossierSource {
  const fail = () => Promise.reject(new DossierSourceError('server', 'HTTP source not available yet'));
  return { secondFactors: [], lookup: fail, payment: fail };
}

export interface DueMeasure {
  timeliness: Timeliness;
  workingDaysLeft: number;
  workingDaysOver: number;
}
export interface TimelinessReport extends DueMeasure {
  revised?: DueMeasure;
}

export function timelinessOf(dossier: Dossier, options: { now?: Date } = {}): TimelinessReport | undefined {
  if (dossier.dueAt === undefined) return undefined;
  const finishedAt = dossier.events.find((event) => event.state.kind === 'RESULT_READY')?.at;
  if (finishedAt === undefined && ['REFUSED', 'WITHDRAWN', 'STOPPED'].includes(dossier.state.kind)) return undefined;
  const now = options.now ?? new Date();
  const measure = (dueAt: string): DueMeasure => {
    const timeliness = onTimeStatus(dueAt, finishedAt, now);
    const reference = finishedAt ?? now;
    const ahead = timeliness === 'pending' || timeliness === 'early';
    const behind = timeliness === 'overdue' || timeliness === 'late';
    return {
      timeliness,
      workingDaysLeft: ahead ? workingDaysBetween(reference, dueAt) : 0,
      workingDaysOver: behind ? workingDaysBetween(dueAt, reference) : 0,
    };
  };
  const report: TimelinessReport = measure(dossier.dueAt);
  if (dossier.revisedDueAt !== undefined) report.revised = measure(dossier.revisedDueAt);
  return report;
}

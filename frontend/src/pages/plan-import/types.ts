/** The shapes of /api/plans/preview and POST /api/plans (docs/plan-format.md). */
export type Body = { id: string; name: string; kind: string };

export type Target = {
  text: string;
  value: number;
  unit: string;
  comparator: string;
  deadline: string | null;
};

export type PlanItem = {
  number: number;
  label: string;
  section: number | null;
  title: string;
  text: string;
  lead: Body | null;
  supporting: Body[];
  implementers: Body[];
  targets: Target[];
  responsibilityNote: string | null;
  line: number;
};

export type Warning = { line: number; message: string };

export type PlanPreview = {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  published: string | null;
  year: number | null;
  sections: { label: string; title: string }[];
  items: PlanItem[];
  warnings: Warning[];
  newBodies: Body[];
  existingPlanId: number | null;
};

export type CalendarAnchor = 'REBASED' | 'ORIGINAL';

export type ItemCorrection = { item: number; lead?: string; targets?: Target[] };

export type ImportResult = {
  id: number;
  docNumber: string;
  items: { id: number; number: number; businessKey: string }[];
};

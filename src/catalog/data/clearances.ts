import type { ClearanceId } from '../../intake/vocabulary.js';
import type { Clearance } from '../CatalogSchema.js';

/** The built-in clearances: who can lift a deferral, a referral or an exclusion that names them. */
export const clearances = {
  physician: { id: 'physician', name: 'Physician', description: 'A physician has evaluated the client and cleared massage.' },
  oncologist: { id: 'oncologist', name: 'Oncologist', description: 'The treating oncologist has cleared massage during cancer care.' },
  surgeon: { id: 'surgeon', name: 'Surgeon', description: 'The operating surgeon has cleared massage and named any restrictions.' },
  obstetrician: { id: 'obstetrician', name: 'Obstetrician', description: 'The obstetric team has cleared massage in this pregnancy.' },
} as const satisfies Readonly<Record<ClearanceId, Clearance>>;

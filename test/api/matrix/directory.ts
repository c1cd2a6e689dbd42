import type { Endpoint, Who } from './types.ts';

// The directory is read by every role of the node; services are described by providers and supervisors
// (their own agency), coordinators and admins; free places also by case workers (of the agency).
const READERS: Who[] = [
  'caseworker',
  'supervisor',
  'police',
  'provider',
  'localcoord',
  'coordinator',
  'analyst',
  'admin',
];
const MANAGERS: Who[] = ['provider', 'supervisor', 'coordinator', 'admin'];
const CAPACITY: Who[] = ['caseworker', ...MANAGERS];
// No such service: those allowed get 404 (not refused), everybody else 403.
const SERVICE = '/api/services/00000000-0000-4000-8000-000000000000';

export function directoryEndpoints(): Endpoint[] {
  return [
    { method: 'GET', path: '/api/services?district=UA-30&kind=emergency-shelter', allowed: READERS },
    { method: 'GET', path: '/api/services/gaps?region=UA-46', allowed: READERS },
    { method: 'GET', path: '/api/services/export.csv?kind=legal-aid', allowed: READERS },
    { method: 'GET', path: SERVICE, allowed: READERS },
    {
      method: 'POST',
      path: '/api/services',
      body: {
        kind: 'legal-aid',
        name: 'Matrix legal aid',
        units: ['UA-30'],
        openingHours: { alwaysOpen: true, weekly: [] },
      },
      allowed: MANAGERS,
    },
    { method: 'PATCH', path: SERVICE, body: { name: 'Renamed' }, allowed: MANAGERS, ifMatch: true },
    {
      method: 'PATCH',
      path: `${SERVICE}/capacity`,
      body: { freePlaces: 1 },
      allowed: CAPACITY,
      ifMatch: true,
    },
  ];
}

// A peer's record changes by confirmation, revocation and new keys: like every other record it carries a
// version, so an administrator confirms or revokes the peer they looked at (If-Match), not one whose keys
// changed in between.
export const peerVersions = `
alter table federation_peers add column version integer not null default 1;
`;

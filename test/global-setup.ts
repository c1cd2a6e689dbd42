// Placeholder replaced when the database layer lands.
export default async function setup() {}

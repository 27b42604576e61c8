// Runs once, when the data volume is empty, as the root user (official image's /docker-entrypoint-initdb.d), and
// may be run again by hand (docs/operations.md: migration from the shared user, password rotation).
// Each service gets its own user with readWrite on its own database and nothing else. No service, and nobody
// holding one service's password, can change another service's event store, nor reporting-service's copy of every
// event received over Kafka (the copy that audit verification compares the event stores with). reporting-service
// reads the other services only through Kafka, so it needs no access to their databases. The root user is for
// operators (backups, restores, user administration).
const serviceUsers = [
  { user: 'case-service', db: 'mtp-cases', passwordVariable: 'MONGO_CASE_SERVICE_PASSWORD' },
  { user: 'group-service', db: 'mtp-groups', passwordVariable: 'MONGO_GROUP_SERVICE_PASSWORD' },
  { user: 'guideline-service', db: 'mtp-guidelines', passwordVariable: 'MONGO_GUIDELINE_SERVICE_PASSWORD' },
  { user: 'reporting-service', db: 'mtp-reporting', passwordVariable: 'MONGO_REPORTING_SERVICE_PASSWORD' },
];
// Every password first, so that a missing one changes nothing.
const missing = serviceUsers.map(u => u.passwordVariable).filter(name => !process.env[name]);
if (missing.length > 0) {
  throw new Error('Not set (see .env.example): ' + missing.join(', '));
}
const admin = db.getSiblingDB('admin');
for (const u of serviceUsers) {
  const pwd = process.env[u.passwordVariable];
  const roles = [{ role: 'readWrite', db: u.db }];
  if (admin.getUser(u.user)) {
    admin.updateUser(u.user, { pwd, roles });
  } else {
    admin.createUser({ user: u.user, pwd, roles });
  }
}

// Runs once, when the data volume is empty, as the root user (official image's /docker-entrypoint-initdb.d).
// The services get their own user with readWrite on their four databases and nothing else; the root user is
// for operators (backups, restores, user administration).
const databases = ['mtp-cases', 'mtp-groups', 'mtp-guidelines', 'mtp-reporting'];
db.getSiblingDB('admin').createUser({
  user: process.env.MTP_MONGO_USERNAME,
  pwd: process.env.MTP_MONGO_PASSWORD,
  roles: databases.map(name => ({ role: 'readWrite', db: name })),
});

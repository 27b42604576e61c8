// Health check and replica-set bootstrap in one (run by mongosh as root, see docker-compose.yml).
// First run: the set is not initiated yet, so initiate it with this single member. Every run: healthy only when
// this node is a writable primary, i.e. when a write with w=majority can succeed.
try {
  rs.status();
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') {
    throw e;
  }
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] });
}
quit(db.hello().isWritablePrimary ? 0 : 1);

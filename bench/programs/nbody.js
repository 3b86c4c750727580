// Benchmark: the classic n-body simulation, idiomatic JavaScript twin of nbody.py (same bodies,
// same pair order and same operation order, so the printed energies agree to 9 decimals).
const PI = 3.14159265358979323;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

function body(x, y, z, vx, vy, vz, mass) {
  return { x, y, z, vx: vx * DAYS_PER_YEAR, vy: vy * DAYS_PER_YEAR, vz: vz * DAYS_PER_YEAR, mass: mass * SOLAR_MASS };
}

const bodies = [
  { x: 0, y: 0, z: 0, vx: 0, vy: 0, vz: 0, mass: SOLAR_MASS },
  body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
    1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
  body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
    -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
  body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
    2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
  body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
    2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
];

function advance(dt, n) {
  const len = bodies.length;
  for (let step = 0; step < n; step++) {
    for (let i = 0; i < len; i++) {
      const b1 = bodies[i];
      for (let j = i + 1; j < len; j++) {
        const b2 = bodies[j];
        const dx = b1.x - b2.x;
        const dy = b1.y - b2.y;
        const dz = b1.z - b2.z;
        const mag = dt * Math.pow(dx * dx + dy * dy + dz * dz, -1.5);
        const b1m = b1.mass * mag;
        const b2m = b2.mass * mag;
        b1.vx -= dx * b2m;
        b1.vy -= dy * b2m;
        b1.vz -= dz * b2m;
        b2.vx += dx * b1m;
        b2.vy += dy * b1m;
        b2.vz += dz * b1m;
      }
    }
    for (const b of bodies) {
      b.x += dt * b.vx;
      b.y += dt * b.vy;
      b.z += dt * b.vz;
    }
  }
}

function energy() {
  let e = 0;
  for (let i = 0; i < bodies.length; i++) {
    for (let j = i + 1; j < bodies.length; j++) {
      const b1 = bodies[i];
      const b2 = bodies[j];
      const dx = b1.x - b2.x;
      const dy = b1.y - b2.y;
      const dz = b1.z - b2.z;
      e -= (b1.mass * b2.mass) / Math.pow(dx * dx + dy * dy + dz * dz, 0.5);
    }
  }
  for (const b of bodies) e += (b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)) / 2.0;
  return e;
}

function offsetMomentum() {
  let px = 0;
  let py = 0;
  let pz = 0;
  for (const b of bodies) {
    px -= b.vx * b.mass;
    py -= b.vy * b.mass;
    pz -= b.vz * b.mass;
  }
  bodies[0].vx = px / SOLAR_MASS;
  bodies[0].vy = py / SOLAR_MASS;
  bodies[0].vz = pz / SOLAR_MASS;
}

offsetMomentum();
const before = energy();
advance(0.01, 150000);
const after = energy();
print(`nbody energy ${before.toFixed(9)} -> ${after.toFixed(9)}`);

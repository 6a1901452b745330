// Process entry of a coordinator: `node --import tsx services/coordinator/main.ts --nats URL --workers N ...`,
// the same as `irqscale coordinator ...`.
process.argv.splice(2, 0, "coordinator");
await import("../cli/main.js");

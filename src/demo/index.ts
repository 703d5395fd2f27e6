/** The embedded demo tenant: a Graph-compatible loopback server with Intune Autopilot fixtures. */

export { startDemoTenant, type DemoTenant, type DemoTenantOptions } from './demoTenant';
export { parseFaults, NO_FAULTS, FAULT_HEADER, type FaultSpec } from './faults';
export { type DemoScenario } from './scenarios/demoDevices';

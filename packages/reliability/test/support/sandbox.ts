// The sandbox as a process, from the spec library's launcher.
export { startSandboxProcess as startSandbox, type SandboxProcess } from '@extender-users/spec';

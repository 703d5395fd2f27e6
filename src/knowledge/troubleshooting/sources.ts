/**
 * The public pages the troubleshooting entries were written from, one constant per page, so every entry names
 * a page that was actually read. Paths are inside the MicrosoftDocs/memdocs repository.
 */
export const AP_KNOWN_ISSUES = 'memdocs autopilot/known-issues.md';
export const AP_TROUBLESHOOTING_FAQ = 'memdocs autopilot/troubleshooting-faq.yml';
export const AP_TROUBLESHOOT_OOBE = 'memdocs autopilot/troubleshoot-oobe.md';
export const AP_TROUBLESHOOT_ENROLLMENT = 'memdocs autopilot/troubleshoot-device-enrollment.md';
export const AP_TROUBLESHOOT_JOIN = 'memdocs autopilot/troubleshoot-aad-join.md';
export const AP_POLICY_CONFLICTS = 'memdocs autopilot/policy-conflicts.md';
export const AP_PRE_PROVISION = 'memdocs autopilot/pre-provision.md';
export const AP_TUTORIAL_NETWORK = 'memdocs autopilot/tutorial/includes/network-connectivity.md';
export const AP_REQUIREMENTS = 'memdocs autopilot/requirements.md';
export const INTUNE_ESP = 'memdocs memdocs/intune/enrollment/windows-enrollment-status.md';
export const INTUNE_WINDOWS_ENROLLMENT_ERRORS = 'memdocs memdocs/intune/enrollment/troubleshoot-windows-enrollment-errors.md';
export const INTUNE_AUTO_ENROLLMENT = 'memdocs memdocs/intune/enrollment/troubleshoot-windows-auto-enrollment.md';
export const INTUNE_APP_ERROR_CODES = 'memdocs memdocs/intune/apps/app-install-error-codes.md';
export const INTUNE_WIN32_TROUBLESHOOT = 'memdocs memdocs/intune/apps/apps-win32-troubleshoot.md';
export const INTUNE_WIN32_ADD = 'memdocs memdocs/intune/apps/apps-win32-add.md';
export const DEVICE_PREPARATION_OVERVIEW = 'memdocs autopilot/device-preparation/overview.md';
export const DEVICE_PREPARATION_COMPARE = 'memdocs autopilot/device-preparation/compare.md';
export const AP_FAQ = 'memdocs autopilot/faq.yml';
export const AP_DEVICE_GUIDELINES = 'memdocs autopilot/autopilot-device-guidelines.md';
export const AP_SELF_DEPLOYING = 'memdocs autopilot/self-deploying.md';
export const INTUNE_WINDOWS_HELLO = 'memdocs memdocs/intune/protect/windows-hello.md';
export const INTUNE_POWERSHELL_SCRIPTS = 'memdocs memdocs/intune/apps/intune-management-extension.md';
export const AP_BITLOCKER = 'memdocs autopilot/bitlocker.md';
export const AP_LICENSING = 'memdocs autopilot/licensing-requirements.md';
export const AP_PROFILES = 'memdocs autopilot/profiles.md';
export const AP_DEVICE_GROUPS = 'memdocs autopilot/enrollment-autopilot.md';
export const AP_REGISTRATION = 'memdocs autopilot/registration-overview.md';
/** The deregistration steps registration-overview.md and autopilot-motherboard-replacement.md both embed. */
export const AP_DEREGISTER = 'memdocs autopilot/includes/deregister-autopilot-device.md';
export const AP_MOTHERBOARD = 'memdocs autopilot/autopilot-motherboard-replacement.md';
export const AP_NETWORKING = 'memdocs autopilot/networking-requirements.md';
export const INTUNE_ENDPOINTS = 'memdocs memdocs/intune/fundamentals/intune-endpoints.md';
export const AP_WHATS_NEW = 'memdocs autopilot/windows-autopilot-whats-new.md';
export const AP_ADD_DEVICES = 'memdocs autopilot/add-devices.md';
/** Step 3 of the tutorial; its import steps (Import, Sync, Refresh) come from the include it embeds. */
export const AP_TUTORIAL_REGISTER = 'memdocs autopilot/tutorial/pre-provisioning/azure-ad-join-register-device.md';
export const INTUNE_CLEANUP_RULES = 'memdocs intune/fundamentals/device-cleanup-rules.md';
/** Microsoft's support article for the 806 / 808 import errors (SupportArticles-docs, device-enrollment folder). */
export const SUPPORT_IMPORT_806_808 = 'SupportArticles-docs import-windows-autopilot-device-csv-files-errors.md';

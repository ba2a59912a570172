import type { GateDecision } from './milestone-gate.js'

/**
 * Who may release. Closing a milestone needs only triage access on GitHub, so the milestone gate
 * (the title) is not enough: the user who closed it (the event's sender) must be able to push —
 * GitHub's legacy permission `admin` or `write` (a `maintain` role reads as `write`; `triage` and
 * `read` read as `read`). The release job's `environment` adds a human approval on top.
 */
export const RELEASE_PERMISSIONS = ['admin', 'write'] as const

export function senderGate(
  milestone: GateDecision,
  sender: string | undefined,
  permission: { permission: string; roleName: string } | undefined
): GateDecision {
  if (!milestone.release) return milestone
  if (!sender) return { release: false, reason: `${milestone.reason}, but the event names no sender` }
  if (!permission)
    return { release: false, reason: `${milestone.reason} by ${sender}, whom GitHub does not know as a user` }
  const role = permission.roleName || permission.permission
  if (!(RELEASE_PERMISSIONS as readonly string[]).includes(permission.permission)) {
    return {
      release: false,
      reason: `${milestone.reason} by ${sender}, who has ${role} access: releasing needs write, maintain or admin`
    }
  }
  return { release: true, reason: `${milestone.reason} by ${sender} (${role})` }
}

import { describe, expect, it } from 'vitest';
import { configuredOrigins, originsInForce, planPortalScripts, portalHome, portalScriptId } from './origins';
import { PORTAL_ORIGIN } from './profile';

const A = 'https://hoithi.example.gov.vn';
const B = 'https://hue-s.vn:8443';

describe('planPortalScripts', () => {
  it('should register every granted origin when nothing is registered', () => {
    expect(planPortalScripts([A, B], [])).toEqual({ register: [A, B], unregister: [] });
  });
  it('should do nothing when the registration already matches', () => {
    expect(planPortalScripts([A], [portalScriptId(A)])).toEqual({ register: [], unregister: [] });
  });
  it('should unregister an origin that left the config or lost its permission, and register a new one', () => {
    expect(planPortalScripts([B], [portalScriptId(A)])).toEqual({ register: [B], unregister: [portalScriptId(A)] });
    expect(planPortalScripts([], [portalScriptId(A), portalScriptId(B)])).toEqual({ register: [], unregister: [portalScriptId(A), portalScriptId(B)] });
  });
  it('should leave scripts that are not portal scripts alone', () => {
    expect(planPortalScripts([], ['something-else'])).toEqual({ register: [], unregister: [] });
  });
});

describe('portal origins in force', () => {
  it('should keep the built-in origin and add the granted configured ones', () => {
    expect(originsInForce([A])).toEqual([PORTAL_ORIGIN, A]);
    expect(originsInForce([PORTAL_ORIGIN])).toEqual([PORTAL_ORIGIN]);
  });
  it('should not count the built-in origin as configured', () => {
    expect(configuredOrigins({ portal: { origins: [PORTAL_ORIGIN, A] } })).toEqual([A]);
    expect(configuredOrigins({})).toEqual([]);
  });
  it('should open the moved edition when one is granted, else the built-in portal', () => {
    expect(portalHome([A, B])).toBe(`${A}/`);
    expect(portalHome([])).toBe(`${PORTAL_ORIGIN}/`);
  });
});

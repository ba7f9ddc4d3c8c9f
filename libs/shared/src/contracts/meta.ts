export interface MetaResponse {
  name: string;
  version: string;
  demoMode: boolean;
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  db: 'up' | 'down';
}

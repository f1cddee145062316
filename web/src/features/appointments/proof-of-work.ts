import { api } from '../../app/api';
import { solveChallenge } from './proof-of-work-solve';

/**
 * Fetches a challenge and finds a nonce (SHA-256 with enough leading zero bits):
 * a moment's work for a person, real cost for a bot that wants thousands of holds.
 */
export async function solveProofOfWork(): Promise<{ challenge: string; nonce: string }> {
  const { challenge, bits } = await api<{ challenge: string; bits: number }>('GET', '/api/v1/public/appointments/challenge');
  return solveChallenge(challenge, bits);
}

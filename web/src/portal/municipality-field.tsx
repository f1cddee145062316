import { useEffect, useState } from 'react';
import { SelectField } from './controls';
import { messageOf, portalApi } from './portal-api';

/**
 * The choice of the citizen's municipality (contact form, the assistant's hand-over): only the ones the
 * center serves, as the public API lists them. `withoutRegion` leaves out the Region's own administration
 * where a person's town is asked for. A failed list is reported through `onLoadError`.
 */
export function MunicipalityField(props: {
  id: string;
  label: string;
  chooseLabel: string;
  value: string;
  onValue: (slug: string) => void;
  error?: string | undefined;
  withoutRegion?: boolean;
  onLoadError: (message: string) => void;
}) {
  const { onLoadError, withoutRegion } = props;
  const [towns, setTowns] = useState<{ slug: string; name: string }[]>([]);
  useEffect(() => {
    portalApi<{ items: { slug: string; name: string }[] }>('GET', '/api/v1/public/municipalities')
      .then((r) => setTowns(withoutRegion ? r.items.filter((m) => m.slug !== 'region-hannover') : r.items))
      .catch((e) => onLoadError(messageOf(e)));
  }, [onLoadError, withoutRegion]);
  return (
    <SelectField
      id={props.id}
      label={props.label}
      value={props.value}
      onValue={props.onValue}
      error={props.error}
      options={[{ label: props.chooseLabel, value: '' }, ...towns.map((m) => ({ label: m.name, value: m.slug }))]}
    />
  );
}

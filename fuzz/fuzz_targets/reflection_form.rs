//! Reading a work pair's reflection form from bytes (UTF-8 JSON): no panic; a form that
//! reads survives a round trip, is read alike by `from_json_slice`, and is made again,
//! equal, by `ReflectionForm::new` from what its accessors return.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peerwork::ReflectionForm;
use peerwork_fuzz::{check_from_json_agrees, check_round_trip};

fuzz_target!(|data: &[u8]| {
    let read = serde_json::from_slice::<ReflectionForm>(data);
    check_from_json_agrees(data, &read);
    let form = match read {
        Ok(form) => form,
        Err(err) => {
            let _ = err.to_string();
            return;
        }
    };
    check_round_trip(&form);
    let again = ReflectionForm::new(
        form.date(),
        [
            form.expert_on_professional().clone(),
            form.professional_on_expert().clone(),
            form.expert_on_self().clone(),
            form.professional_on_self().clone(),
        ],
        form.method(),
    );
    assert_eq!(again.as_ref(), Ok(&form));
});

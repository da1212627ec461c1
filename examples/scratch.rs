fn main() {
    println!(
        "record {} area {} range {}",
        size_of::<peerwork::PeerWorkerRecord>(),
        size_of::<peerwork::ServiceArea>(),
        size_of::<peerwork::DateRange>()
    );
}
